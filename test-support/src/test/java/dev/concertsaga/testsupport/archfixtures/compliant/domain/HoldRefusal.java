package dev.concertsaga.testsupport.archfixtures.compliant.domain;

/** The domain's own words for a result; the application layer turns them into the events' words. */
public enum HoldRefusal {
    NOT_AVAILABLE
}
