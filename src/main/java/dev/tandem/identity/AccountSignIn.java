package dev.tandem.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security's form login find accounts by email. */
@Component
class AccountSignIn implements UserDetailsService {

	private final UserAccountRepository users;

	AccountSignIn(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = users.findByEmail(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
			.filter(a -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
			.build();
	}

}
