package nl.raadsplein.account;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds accounts by e-mail address for login, and stores a rehashed password when the encoder asks to upgrade an
 * older hash (bcrypt to Argon2).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository repository;

    AccountUserDetailsService(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        String email = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return repository.principal(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        repository.setPassword(user.getUsername(), Objects.requireNonNull(newPassword, "newPassword"));
        return repository.principal(user.getUsername()).orElseThrow();
    }
}
