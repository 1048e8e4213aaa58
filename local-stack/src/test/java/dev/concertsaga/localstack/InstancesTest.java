package dev.concertsaga.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code --instances N}: how many of each service run, and on which ports. */
class InstancesTest {

    @Test
    void runs_one_instance_of_each_service_on_its_own_port_by_default() {
        Settings settings = Settings.from(new String[0], Map.of());

        assertThat(settings.instances()).isEqualTo(1);
        assertThat(ServiceSpec.ALL).allSatisfy(spec -> {
            assertThat(spec.instancePorts(1)).containsExactly(spec.port());
            assertThat(spec.instanceName(0, 1)).isEqualTo(spec.name());
        });
    }

    @Test
    void takes_the_number_of_instances_from_the_option_before_the_environment() {
        assertThat(Settings.from(new String[] {"--instances", "2"}, Map.of("LOCAL_STACK_INSTANCES", "3")).instances()).isEqualTo(2);
        assertThat(Settings.from(new String[] {"--reset"}, Map.of("LOCAL_STACK_INSTANCES", "3")).instances()).isEqualTo(3);
        assertThat(Settings.from(new String[] {"--check"}, Map.of("LOCAL_STACK_INSTANCES", "3")).instances())
                .as("the check starts nothing").isEqualTo(1);
    }

    @Test
    void puts_the_instances_on_ports_from_18080_ten_for_each_service() {
        assertThat(ServiceSpec.ALL).extracting(spec -> spec.instancePorts(2)).containsExactly(
                List.of(18080, 18081), List.of(18090, 18091), List.of(18100, 18101), List.of(18110, 18111));
        assertThat(ServiceSpec.ALL.get(0).instanceName(1, 2)).isEqualTo("payment-service-2");
    }

    @Test
    void refuses_a_number_of_instances_that_is_not_from_1_to_the_partitions() {
        for (String wrong : List.of("0", "7", "two", "-1")) {
            assertThatIllegalArgumentException().isThrownBy(() -> Settings.from(new String[] {"--instances", wrong}, Map.of()))
                    .withMessageContaining("from 1 to 6").withMessageContaining(wrong);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.from(new String[] {"--instances"}, Map.of()))
                .withMessageContaining("--instances needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> Settings.from(new String[] {"--instances", "2", "--check"}, Map.of()))
                .withMessageContaining("neither --check nor --long");
        assertThat(Settings.from(new String[] {"--chaos", "--instances", "2"}, Map.of()).instances()).as("the scale-out run").isEqualTo(2);
    }
}
