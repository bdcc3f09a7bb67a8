package vn.hanoi.papi.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hanoi.papi.security.AccessPolicy;
import vn.hanoi.papi.security.Caller;
import vn.hanoi.papi.security.Role;
import vn.hanoi.papi.security.UserAccounts;

/** The sign-in page, and the start page: each account goes straight to the page of its main work. */
@WebPage
class HomePage {

    private final AccessPolicy access;
    private final UserAccounts accounts;

    HomePage(AccessPolicy access, UserAccounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home() {
        Caller me = access.caller();
        if (me.has(Role.INSPECTOR)) {
            return "redirect:/kiem-tra";
        }
        if (me.has(Role.NOI_VU)) {
            return "redirect:/tong-hop";
        }
        return "redirect:/phat-hien";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", accounts.demoMode());
        return "login";
    }
}
