package dev.backload.app.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is logged in, if anyone. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
  @ModelAttribute("signedInAs")
  String signedInAs(Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
