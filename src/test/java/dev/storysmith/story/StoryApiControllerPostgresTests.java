package dev.storysmith.story;

import dev.storysmith.system.PostgresTest;

/** {@link StoryApiControllerTests} on PostgreSQL, in a database of its own. */
@PostgresTest
class StoryApiControllerPostgresTests extends StoryApiControllerTests {

}
