package dev.storysmith.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown by page controllers for an unknown id; answered with the friendly 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

	public PageNotFoundException(String what) {
		super(what);
	}

}
