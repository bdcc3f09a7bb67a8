package vn.hanoi.papi.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;

/**
 * HTTP Basic sends the password with every request, and a bcrypt check costs tens of milliseconds of CPU: this
 * remembers a successful sign-in for a short time, keyed by an HMAC (with a key made at start and never stored) of
 * the name and the password, so neither is kept. Failures are never remembered. Accounts change only at start
 * (they are managed by configuration), so the remembered answer stays right for the lifetime of the entry.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final long ttlNanos;
    private final SecretKeySpec key;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    private record Entry(Object principal, java.util.Collection<? extends GrantedAuthority> authorities, long expiresAt) {
    }

    CachingAuthenticationProvider(AuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttlNanos <= 0 || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String cacheKey = cacheKey(authentication.getName(), password);
        long now = System.nanoTime();
        Entry entry = cache.get(cacheKey);
        if (entry != null && now - entry.expiresAt() < 0) {
            return UsernamePasswordAuthenticationToken.authenticated(entry.principal(), null, entry.authorities());
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(cacheKey, new Entry(result.getPrincipal(), result.getAuthorities(), now + ttlNanos));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private String cacheKey(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);                   // every Java runtime has HmacSHA256
        }
    }
}
