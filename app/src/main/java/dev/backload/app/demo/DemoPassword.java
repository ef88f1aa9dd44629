package dev.backload.app.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Random;

/**
 * Which password the demo login gets. The documented {@link DemoAccount#PASSWORD} only where nobody
 * else can connect: when the server listens on a loopback address (the default 127.0.0.1, ::1 or
 * localhost). On any other address, the wildcard 0.0.0.0 included, and on an address that cannot be
 * resolved, a random password of {@link #RANDOM_LENGTH} letters and digits (about 124 bits).
 */
final class DemoPassword {
  /** Letters and digits without look-alikes (no 0/O, 1/l/I), for typing it from the console. */
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  static final int RANDOM_LENGTH = 22;

  private DemoPassword() {}

  /**
   * The password for a server on this address ({@code server.address}; empty or absent means all
   * addresses, as in Spring Boot).
   */
  static String forAddress(String serverAddress, Random random) {
    if (isLoopback(serverAddress)) {
      return DemoAccount.PASSWORD;
    }
    StringBuilder password = new StringBuilder(RANDOM_LENGTH);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  static boolean isLoopback(String serverAddress) {
    if (serverAddress == null || serverAddress.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(serverAddress.strip()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
