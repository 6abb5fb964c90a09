package dev.storysmith.rubric.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link RubricBenchmark} operations measured in CPU time of the measuring thread instead of
 * wall-clock time, for a machine busy with other work: there JMH's throughput swings with the
 * share of CPU the benchmark gets (errors as large as the scores), while the CPU time an operation
 * costs stays close to what it costs on a quiet machine. Each round runs every operation
 * {@code calls} times to warm up and {@code calls} times measured, and prints each operation's
 * CPU time and its ratio to the split of the same draft. Run with {@code bench/rubric-cputime.sh};
 * the last rounds count (the first ones include JIT compilation).
 */
public final class RubricCpuTime {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Where every result goes, so the JIT cannot drop a call. */
	private static volatile Object sink;

	private RubricCpuTime() {
	}

	public static void main(String[] args) {
		int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		RubricBenchmark benchmark = new RubricBenchmark();
		benchmark.setUp();
		Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
		operations.put("splitWithBreakIterator", benchmark::splitWithBreakIterator);
		operations.put("score", benchmark::score);
		operations.put("splitGrammarDraftWithBreakIterator", benchmark::splitGrammarDraftWithBreakIterator);
		operations.put("rescoreGrammarDraftAfterEdit", benchmark::rescoreGrammarDraftAfterEdit);
		operations.put("scoreGrammarDraftCold", benchmark::scoreGrammarDraftCold);
		for (int round = 1; round <= rounds; round++) {
			Map<String, Double> micros = new LinkedHashMap<>();
			operations.forEach((name, operation) -> micros.put(name, cpuMicros(operation, calls)));
			double split = micros.get("splitWithBreakIterator");
			double grammarSplit = micros.get("splitGrammarDraftWithBreakIterator");
			System.out.printf("round %d: split %.1f µs, score %.1f µs = %.1fx | grammar split %.1f µs, rescore after edit %.1f µs = %.1fx, cold %.1f µs = %.1fx%n",
					round, split, micros.get("score"), micros.get("score") / split, grammarSplit,
					micros.get("rescoreGrammarDraftAfterEdit"), micros.get("rescoreGrammarDraftAfterEdit") / grammarSplit,
					micros.get("scoreGrammarDraftCold"), micros.get("scoreGrammarDraftCold") / grammarSplit);
		}
	}

	/** CPU time per call of the measured half. */
	private static double cpuMicros(Supplier<Object> operation, int calls) {
		for (int i = 0; i < calls; i++) {
			sink = operation.get();
		}
		long start = THREADS.getCurrentThreadCpuTime();
		for (int i = 0; i < calls; i++) {
			sink = operation.get();
		}
		return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / calls;
	}

}
