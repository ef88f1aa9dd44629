package dev.backload.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is logged in, if anyone, and the tab the page is under. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
  @ModelAttribute("signedInAs")
  String signedInAs(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  /** The tabs of the bottom bar, in order. */
  @ModelAttribute("tabs")
  Tab[] tabs() {
    return Tab.values();
  }

  /** The tab this page belongs to, from its path; {@code null} outside the tabs. */
  @ModelAttribute("currentTab")
  Tab currentTab(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return Tab.of(path);
  }
}
