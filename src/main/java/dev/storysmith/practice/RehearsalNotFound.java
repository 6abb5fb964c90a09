package dev.storysmith.practice;

import dev.storysmith.system.PageNotFoundException;

/** No such story or rehearsal for this user. */
class RehearsalNotFound extends PageNotFoundException {

	RehearsalNotFound(String what, long id) {
		super(what + " " + id);
	}

}
