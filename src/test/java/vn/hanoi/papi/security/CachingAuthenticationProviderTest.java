package vn.hanoi.papi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A successful sign-in is remembered for a while; a failure never is, and another password is checked anew. */
class CachingAuthenticationProviderTest {

    /** Accepts "kiemtra" / "dung", counting the (expensive) checks. */
    static final class CountingProvider implements AuthenticationProvider {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            if (!"kiemtra".equals(authentication.getName()) || !"dung".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("sai");
            }
            return UsernamePasswordAuthenticationToken.authenticated("kiemtra", null,
                    List.of(new SimpleGrantedAuthority("ROLE_INSPECTOR")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    private static Authentication attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void theSecondSignInWithTheSamePasswordSkipsTheCheckAndAWrongOneIsAlwaysChecked() {
        CountingProvider delegate = new CountingProvider();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(delegate, Duration.ofMinutes(5));
        Authentication first = provider.authenticate(attempt("kiemtra", "dung"));
        Authentication second = provider.authenticate(attempt("kiemtra", "dung"));
        assertThat(delegate.checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getPrincipal()).isEqualTo(first.getPrincipal());
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INSPECTOR");
        assertThat(second.getCredentials()).isNull();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("kiemtra", "sai"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(delegate.checks).hasValue(4);
        assertThatThrownBy(() -> provider.authenticate(attempt("kiemtra2", "dung"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aZeroLifetimeTurnsTheMemoryOff() {
        CountingProvider delegate = new CountingProvider();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(delegate, Duration.ZERO);
        provider.authenticate(attempt("kiemtra", "dung"));
        provider.authenticate(attempt("kiemtra", "dung"));
        assertThat(delegate.checks).hasValue(2);
    }

    @Test
    void anExpiredEntryIsCheckedAgain() throws InterruptedException {
        CountingProvider delegate = new CountingProvider();
        CachingAuthenticationProvider provider = new CachingAuthenticationProvider(delegate, Duration.ofMillis(20));
        provider.authenticate(attempt("kiemtra", "dung"));
        Thread.sleep(40);
        provider.authenticate(attempt("kiemtra", "dung"));
        assertThat(delegate.checks).hasValue(2);
    }
}
