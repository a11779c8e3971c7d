package dyad

import "time"

// isoWeekMonday returns the Monday of ISO week w of year y as YYYY-MM-DD.
func isoWeekMonday(y, w int) string {
	// January 4th is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -int((jan4.Weekday()+6)%7))
	return monday.AddDate(0, 0, 7*(w-1)).Format("2006-01-02")
}
