package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

/** Allowed: a type of its own domain. */
public enum HoldRefusal {
    NOT_AVAILABLE
}
