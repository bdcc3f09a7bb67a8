package vn.hanoi.papi.units;

/** A registry file that cannot be used; the message names the file and what is wrong. */
public class UnitRegistryException extends RuntimeException {
    public UnitRegistryException(String message) {
        super(message);
    }

    public UnitRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
