package dev.concertsaga.testsupport.archfixtures.baddirectsend.adapter.out.messaging;

import org.springframework.kafka.core.KafkaTemplate;

class DirectSender {

    private final KafkaTemplate<String, String> kafka;

    DirectSender(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    void send(String topic, String payload) {
        kafka.send(topic, payload);
    }
}
