package dev.concertsaga.testsupport.archfixtures.badapplicationkafka.application;

import org.apache.kafka.clients.consumer.ConsumerRecord;

public class ConfirmReservation {

    public String confirm(ConsumerRecord<String, String> record) {
        return record.key();
    }
}
