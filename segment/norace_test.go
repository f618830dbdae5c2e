//go:build !race

package segment

// raceDetector reports whether the tests run under -race.
const raceDetector = false
