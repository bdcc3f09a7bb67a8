package vn.hanoi.papi.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A stored account as Spring Security sees it; the principal of an HTTP Basic or form sign-in. */
final class PapiUser implements UserDetails, CredentialsContainer {

    private final Caller caller;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    private String passwordHash;

    PapiUser(UserAccount account) {
        this.caller = new Caller(account.username(), new HashSet<>(account.roles()), new HashSet<>(account.scopeUnits()),
                account.unit());
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
        this.authorities = account.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PapiUser[" + caller.username() + ", " + caller.roles() + "]";
    }
}
