package nl.raadsplein.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Limits per client network count an IPv4 address by itself and an IPv6 address by its /64. */
class ClientNetworkTest {

    @Test
    void ipv6_addresses_in_one_64_are_one_network_and_ipv4_addresses_each_their_own() {
        assertThat(ClientNetwork.of("2001:db8:12:34::1"))
                .isEqualTo(ClientNetwork.of("2001:0db8:0012:0034:ffff:1:2:3"))
                .isEqualTo("2001:db8:12:34::/64");
        assertThat(ClientNetwork.of("2001:db8:12:35::1")).isEqualTo("2001:db8:12:35::/64");
        assertThat(ClientNetwork.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientNetwork.of("198.51.100.1")).isNotEqualTo(ClientNetwork.of("198.51.100.2"));
    }

    @Test
    void no_address_or_a_name_counts_as_the_unknown_network_and_is_never_looked_up() {
        assertThat(ClientNetwork.of(null)).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of(" ")).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of("localhost")).isEqualTo(ClientNetwork.UNKNOWN);
        assertThat(ClientNetwork.of("raadsplein.example")).isEqualTo(ClientNetwork.UNKNOWN);
    }
}
