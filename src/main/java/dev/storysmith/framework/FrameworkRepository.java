package dev.storysmith.framework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, String> {

	List<Framework> findAllByOrderByPositionAscIdAsc();

}
