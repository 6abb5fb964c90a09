package dev.storysmith.practice;

import dev.storysmith.system.PageNotFoundException;

/** No such practice attempt for this user (or not handed in yet where an answer is needed). */
class PracticeNotFound extends PageNotFoundException {

	PracticeNotFound(long id) {
		super("practice " + id);
	}

}
