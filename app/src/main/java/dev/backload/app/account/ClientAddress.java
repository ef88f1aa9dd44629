package dev.backload.app.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The network a request comes from, as the throttles count it: an IPv4 address as it is, an IPv6
 * address by its /64 prefix (one household or one server usually gets a whole /64, so counting
 * single IPv6 addresses would let one client act as billions). The address is the request's remote
 * address, which the server takes from a forwarded header only when a trusted proxy sent it.
 */
final class ClientAddress {
  private ClientAddress() {}

  /** The group key of an address literal; anything that is not one is kept as it is. */
  static String group(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (literal.indexOf(':') < 0) {
      return literal;
    }
    try {
      // A literal with a colon is parsed as IPv6 only; it never causes a name lookup.
      InetAddress parsed = InetAddress.getByName(literal);
      if (parsed instanceof Inet6Address) {
        byte[] prefix = new byte[8];
        System.arraycopy(parsed.getAddress(), 0, prefix, 0, 8);
        return HexFormat.of().formatHex(prefix) + "/64";
      }
      return parsed.getHostAddress(); // an IPv4-mapped IPv6 address
    } catch (UnknownHostException e) {
      return literal.toLowerCase(Locale.ROOT);
    }
  }
}
