package dev.backload.app.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks accounts up for Spring Security's login, and re-hashes a password stored with an older
 * encoder the next time its owner logs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {
  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .findByEmail(email)
        .map(
            a ->
                new AccountUser(
                    a.id(),
                    a.email(),
                    a.passwordHash(),
                    accounts.sessionGeneration(a.id()).orElse(0)))
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }

  @Override
  public UserDetails updatePassword(UserDetails user, String newPassword) {
    accounts
        .findByEmail(user.getUsername())
        .ifPresent(a -> accounts.updatePasswordHash(a.id(), newPassword));
    return user instanceof AccountUser a
        ? new AccountUser(a.accountId(), a.getUsername(), newPassword, a.sessionGeneration())
        : User.withUserDetails(user).password(newPassword).build();
  }
}
