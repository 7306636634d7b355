package transcript_test

import (
	"fmt"

	"github.com/testimony-archive/testimony/archive/transcript"
)

func ExampleParse() {
	vtt := "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Interviewer>When did you leave?\n\n2\n00:00:03.500 --> 00:00:05.000\n<v Ri Yong-ho>In <i>2011</i>.\n"
	t, err := transcript.Parse("interview.vtt", []byte(vtt))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Format)
	fmt.Print(t.Text)
	fmt.Println(t.Speakers)

	_, err = transcript.Parse("notes.md", []byte("---\ntitle: x\nnickname: y\n---\nbody\n"))
	fmt.Println(err)
	// Output:
	// webvtt
	// Interviewer: When did you leave?
	// Ri Yong-ho: In 2011.
	// [Ri Yong-ho]
	// notes.md: malformed front matter at line 3: unknown key (allowed: title, language, interview_date, interviewer, interviewee, policy, topics, sensitive_terms, consent)
}
