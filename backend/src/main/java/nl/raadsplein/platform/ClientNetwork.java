package nl.raadsplein.platform;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;

/**
 * The network a request came from, as limits count it: an IPv4 address by itself, an IPv6 address by its /64 (one
 * household or one machine gets a whole /64, so counting single IPv6 addresses would count nothing).
 */
public final class ClientNetwork {

    /** What a request without a client address counts as: all of them together. */
    public static final String UNKNOWN = "unknown";

    private ClientNetwork() {}

    /** The network of a client address as the servlet container gives it, such as {@code 2001:db8:1:2::/64}. */
    public static String of(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return UNKNOWN;
        }
        InetAddress address;
        try {
            // A literal only: never a name to look up.
            address = InetAddress.ofLiteral(remoteAddress.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return UNKNOWN;
        }
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        }
        return UNKNOWN;
    }
}
