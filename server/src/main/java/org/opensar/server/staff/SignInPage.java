package org.opensar.server.staff;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, and the home page that sends each role where its work is. */
@Controller
class SignInPage {

    private final StaffProperties properties;

    SignInPage(StaffProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(Model model, HttpSession session, @RequestParam(required = false) String throttled) {
        model.addAttribute("oidc", properties.oidcEnabled());
        if (throttled != null
                && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInThrottledException locked) {
            model.addAttribute("throttled", locked.getMessage());
        }
        return "sign-in";
    }

    /** A wrong password says so; a locked account or address says until when (the failure is kept in the session). */
    static AuthenticationFailureHandler failures() {
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/sign-in?error");
        AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/sign-in?throttled");
        return (request, response, failure) -> (failure instanceof SignInThrottledException ? locked : wrong)
                .onAuthenticationFailure(request, response, failure);
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        return Actor.of(authentication).roles().contains(Role.ADMINISTRATOR)
                        && !Actor.of(authentication).holds(Role.IG_OFFICER)
                ? "redirect:/admin"
                : "redirect:/requests";
    }
}
