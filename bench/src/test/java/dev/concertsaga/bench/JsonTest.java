package dev.concertsaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writes_nested_maps_and_lists_with_escaped_strings_and_no_nan() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "a \"quoted\"\nline");
        value.put("rate", 12.5);
        value.put("count", 3);
        value.put("missing", Double.NaN);
        value.put("list", List.of(1.0, true));

        assertThat(Json.write(value)).isEqualTo("""
                {
                  "name": "a \\"quoted\\"\\nline",
                  "rate": 12.5,
                  "count": 3,
                  "missing": null,
                  "list": [
                    1,
                    true
                  ]
                }
                """);
    }
}
