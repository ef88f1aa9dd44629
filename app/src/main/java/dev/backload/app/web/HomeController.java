package dev.backload.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home and login pages. */
@Controller
class HomeController {
  @GetMapping("/")
  String home() {
    return "index";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
