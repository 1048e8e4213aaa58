package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A library the old deny-list did not name. */
public class LoggingSeat {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSeat.class);

    public void hold(long seatId) {
        LOG.info("holding {}", seatId);
    }
}
