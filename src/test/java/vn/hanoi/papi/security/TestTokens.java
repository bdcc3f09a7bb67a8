package vn.hanoi.papi.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A stand-in for an OIDC provider: tokens signed here with a key made for the test, and the decoder that trusts
 * exactly that key and issuer (what Spring builds from {@code issuer-uri} for a real provider).
 */
final class TestTokens {

    static final String ISSUER = "https://sso.hanoi.test/realms/papi";

    private final KeyPair keys;

    TestTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    /** A token for {@code username} with these claims, valid for five minutes. */
    String token(String username, Map<String, Object> claims) {
        return token(username, claims, Instant.now().plus(Duration.ofMinutes(5)), ISSUER);
    }

    String token(String username, Map<String, Object> claims, Instant expiresAt, String issuer) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(issuer).subject("sub-" + username)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10))).expiresAt(expiresAt)
                .claim("preferred_username", username);
        claims.forEach(set::claim);
        NimbusJwtEncoder encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) keys.getPublic(),
                (RSAPrivateKey) keys.getPrivate()).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }
}
