package dev.concertsaga.consistency;

/** Where a record sits in Kafka: what tells one original record from another, however often it was copied. */
public record RecordPosition(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
