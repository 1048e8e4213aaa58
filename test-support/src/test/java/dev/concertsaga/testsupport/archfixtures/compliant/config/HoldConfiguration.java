package dev.concertsaga.testsupport.archfixtures.compliant.config;

import dev.concertsaga.testsupport.archfixtures.compliant.application.HoldTtl;

class HoldConfiguration {

    HoldTtl holdTtl(HoldProperties properties) {
        return new HoldTtl(properties.holdTtl());
    }
}
