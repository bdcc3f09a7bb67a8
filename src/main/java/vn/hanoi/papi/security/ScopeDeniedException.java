package vn.hanoi.papi.security;

import org.springframework.security.access.AccessDeniedException;

/** A signed-in caller refused for a reason worth telling (its message is shown in the 403 problem detail). */
public class ScopeDeniedException extends AccessDeniedException {

    public ScopeDeniedException(String message) {
        super(message);
    }
}
