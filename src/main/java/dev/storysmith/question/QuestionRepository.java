package dev.storysmith.question;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, String> {

	List<Question> findAllByRetiredFalse();

}
