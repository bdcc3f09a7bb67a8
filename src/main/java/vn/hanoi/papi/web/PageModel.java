package vn.hanoi.papi.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Caller;

/** What every web page shows around its content: the signed-in account (for the menu), or none on the sign-in page. */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    private final AccessPolicy access;

    PageModel(AccessPolicy access) {
        this.access = access;
    }

    @ModelAttribute("me")
    Caller me() {
        return access.signedIn().orElse(null);
    }
}
