package dev.storysmith.story;

import dev.storysmith.system.PostgresTest;

/** {@link StoryServiceTests} on PostgreSQL, in a database of its own. */
@PostgresTest
class StoryServicePostgresTests extends StoryServiceTests {

}
