package dev.backload.app.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's {@code /error} answer (an unknown path, a refused method, an error outside any controller)
 * carries the request's id too, as {@code requestId}, beside Boot's usual members.
 */
@Component
class ErrorRequestIds extends DefaultErrorAttributes {
  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    if (RequestIds.current() != null) {
      attributes.put(RequestIds.KEY, RequestIds.current());
    }
    return attributes;
  }
}
