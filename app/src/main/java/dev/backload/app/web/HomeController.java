package dev.backload.app.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home, login and "More" pages. */
@Controller
class HomeController {
  /** The landing page; a signed-in person goes straight to Today. */
  @GetMapping("/")
  String home(Principal principal) {
    return principal == null ? "index" : "redirect:/today";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  /** The pages behind the tab bar's "More", and signing out. */
  @GetMapping("/more")
  String more() {
    return "more";
  }
}
