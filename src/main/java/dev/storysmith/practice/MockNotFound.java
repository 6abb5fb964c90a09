package dev.storysmith.practice;

import dev.storysmith.system.PageNotFoundException;

/** No such mock interview (or question of it) for this user. */
class MockNotFound extends PageNotFoundException {

	MockNotFound(long id) {
		super("mock " + id);
	}

}
