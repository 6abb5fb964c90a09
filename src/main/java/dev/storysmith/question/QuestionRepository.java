package dev.storysmith.question;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, String>, JpaSpecificationExecutor<Question> {

	/** Loads the competencies with the questions, so a listing costs one query. */
	@Override
	@EntityGraph(attributePaths = "competencyIds")
	List<Question> findAll(Specification<Question> spec, Sort sort);

	List<Question> findAllByRetiredFalse();

	@Query("select c, count(q) from Question q join q.competencyIds c where q.retired = false group by c")
	List<Object[]> countActiveByCompetency();

}
