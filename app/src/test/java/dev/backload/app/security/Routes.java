package dev.backload.app.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the running application serves, read from Spring's handler mappings (the controllers'
 * {@code RequestMappingHandlerMapping} and the actuator's), so a route added later is tested
 * without anyone listing it. A mapping that declares no method is taken as GET.
 */
final class Routes {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private Routes() {}

  /** One method on one path pattern, e.g. {@code DELETE /api/v1/workouts/{id}}. */
  record Route(String method, String pattern) {
    boolean api() {
      return pattern.startsWith("/api/");
    }

    boolean write() {
      return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    boolean hasVariables() {
      return VARIABLE.matcher(pattern).find();
    }

    /**
     * The path with each variable filled by {@code idFor(resource)}, where the resource is the path
     * segment before the variable ({@code /workouts/{id}/sets/{setId}}: "workouts", "sets").
     */
    String path(Map<String, ?> idsByResource) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String before = pattern.substring(0, m.start());
        String resource = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
        resource = resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
        Object id = idsByResource.get(resource);
        if (id == null) {
          throw new AssertionError(
              "No id for path variable {"
                  + m.group(1)
                  + "} after /"
                  + resource
                  + " in "
                  + this
                  + ": teach the security tests which data it names");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(id.toString()));
      }
      m.appendTail(out);
      return out.toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  static List<Route> all(ApplicationContext context) {
    TreeSet<Route> routes =
        new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(Route::method));
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        var methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (methods.isEmpty()) {
            routes.add(new Route("GET", pattern));
          }
          for (RequestMethod method : methods) {
            routes.add(new Route(method.name(), pattern));
          }
        }
      }
    }
    if (routes.size() < 20) {
      throw new AssertionError("Expected the application's routes, found " + routes);
    }
    return new ArrayList<>(routes);
  }
}
