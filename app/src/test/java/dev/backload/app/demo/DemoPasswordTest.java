package dev.backload.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.account.PasswordPolicy;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Which addresses keep the documented demo password (issue 13 item 10b). */
class DemoPasswordTest {

  @Test
  void loopbackAddressesKeepTheDocumentedPassword() {
    for (String address : new String[] {"127.0.0.1", "127.1.2.3", "::1", "localhost"}) {
      assertThat(DemoPassword.forAddress(address, new SecureRandom()))
          .as(address)
          .isEqualTo(DemoAccount.PASSWORD);
    }
  }

  @Test
  void everyOtherAddressGetsARandomPasswordThatThePolicyAccepts() {
    SecureRandom random = new SecureRandom();
    for (String address : new String[] {"0.0.0.0", "::", "", "192.168.1.20", "2001:db8::1"}) {
      String password = DemoPassword.forAddress(address, random);
      assertThat(password).as(address).isNotEqualTo(DemoAccount.PASSWORD);
      assertThat(password).hasSize(DemoPassword.RANDOM_LENGTH).matches("[a-zA-Z2-9]+");
      assertThat(PasswordPolicy.problem(password, DemoAccount.EMAIL)).isEmpty();
      assertThat(DemoPassword.forAddress(address, random))
          .as("new each time")
          .isNotEqualTo(password);
    }
  }
}
