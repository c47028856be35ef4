package org.opensar.server.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the home page that sends each role where its work is. */
@Controller
class SignInPage {

    private final StaffProperties properties;

    SignInPage(StaffProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("oidc", properties.oidcEnabled());
        return "sign-in";
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return Actor.of(authentication).roles().contains(Role.ADMINISTRATOR)
                        && !Actor.of(authentication).holds(Role.IG_OFFICER)
                ? "redirect:/admin"
                : "redirect:/requests";
    }
}
