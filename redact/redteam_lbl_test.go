package redact_test

import "testing"

// Red-team round 4, finding 22: one person, two labels; two people, one label.
func TestLabelsOfOnePersonAndOfTwo(t *testing.T) {
	redactWith(t, "strict", map[string]string{
		// A kin word and its familiar form are one title: the grandmother named in full is
		// "Grandma Pak".
		"My grandmother Pak Jeong-ae raised me. Grandma Pak died in 2001.": "My grandmother [Relative A] raised me. Grandma [Relative A] died in the 2000s.",
		"My aunt Choe Myong-hui came. Auntie Choe brought rice.":           "My aunt [Relative A] came. Auntie [Relative A] brought rice.",
		// Must not fire: with no title on the full name, a titled surname may be anyone
		// of the family (the lab round's rule, kept).
		"Choe Myong-hui was our neighbour. Auntie Choe brought rice.": "[Person A] was our neighbour. Auntie [Person B] brought rice.",
		// An initial is a name's first letter, never its last: "K." is not Pak, "G." not Song.
		"Grandma Pak died. Mr. K. argued.": "Grandma [Person A] died. Mr. [Person B] argued.",
		"Ms Song died. Mr. G. argued.":     "Ms [Person A] died. Mr. [Person B] argued.",
		// A man and a woman with one initial or one surname are two people.
		"Mr. K. (the broker) and Mrs. K. (the landlady) argued.": "Mr. [Person A] (the broker) and Mrs. [Person B] (the landlady) argued.",
		"Mr Ri came first. Mrs Ri came later.":                   "Mr [Person A] came first. Mrs [Person B] came later.",
		// Must not fire: one title, one person.
		"Mr Ri came first. Mr Ri left later.": "Mr [Person A] came first. Mr [Person A] left later.",
		// A romanized given name alone joins the one Hangul full name that spells it.
		"최명숙 씨를 만났어요. Later Myong-suk said she was cold.": "[Person A] 씨를 만났어요. Later [Person A] said she was cold.",
		"김영호는 왔어요. Yong-ho left. Young-ho came.":          "[Person A]는 왔어요. [Person A] left. [Person A] came.",
		// Must not fire: two Hangul full names with that given name join neither.
		"최명숙 씨와 박명숙 씨를 만났어요. Later Myong-suk said she was cold.": "[Person A] 씨와 [Person B] 씨를 만났어요. Later [Person C] said she was cold.",
	})
}
