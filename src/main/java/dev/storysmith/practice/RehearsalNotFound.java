package dev.storysmith.practice;

import dev.storysmith.system.PageNotFoundException;

/** No such story or rehearsal for this user. */
class RehearsalNotFound extends PageNotFoundException {

	private final String what;

	private final long id;

	RehearsalNotFound(String what, long id) {
		super(what + " " + id);
		this.what = what;
		this.id = id;
	}

	String what() {
		return what;
	}

	long id() {
		return id;
	}

}
