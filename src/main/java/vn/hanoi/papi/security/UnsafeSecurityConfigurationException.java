package vn.hanoi.papi.security;

/** The service refuses to start: an account in the configuration is unsafe or wrong. */
public class UnsafeSecurityConfigurationException extends IllegalStateException {

    public UnsafeSecurityConfigurationException(String message) {
        super(message);
    }
}
