package dev.backload.app.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home and login pages. */
@Controller
class HomeController {
  /** The landing page; a signed-in person goes straight to their dashboard. */
  @GetMapping("/")
  String home(Principal principal) {
    return principal == null ? "index" : "redirect:/dashboard";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
