package redact

import (
	"slices"
	"strings"
)

// Russian and Ukrainian first names have diminutives a testimony uses beside the full name
// ("Sasha Volkov" ... "Aleksandr Volkov"), and several Latin spellings ("Aleksandr",
// "Alexander", "Oleksandr"). firstNameGroups gathers each name's forms under one key, so
// that one person with one surname gets one entity: the key stands for the first name
// only where a surname goes with it, and two first names of different groups with the same
// surname ("Sasha Volkov", "Ivan Volkov") stay two people. A form that shortens two names
// ("Slava": Vyacheslav, Yaroslav; "Valya": Valentin, Valentina) is in no group. The forms
// of both sexes share a key: the surname's ending tells "Sasha Volkova" from "Sasha Volkov".
var firstNameGroups = func() map[string]string {
	m := map[string]string{}
	for _, g := range []string{
		"aleksandr alexander alexandr oleksandr olexandr aleksandra alexandra oleksandra sasha sascha sanya shura sashka sanyok sanek",
		"aleksey alexei alexey aleksei oleksiy oleksii oleksiy lyosha lesha alyosha alesha",
		"andrey andrei andriy andrii andryusha",
		"anatoliy anatoly anatolii tolya tolik",
		"boris borya",
		"vladimir volodymyr volodimir volodya vova vovka",
		"vasiliy vasily vasyl vasil vasya",
		"viktor victor vitya",
		"vitaliy vitaly vitalii vitalik",
		"gennadiy gennady gennadii gena",
		"georgiy georgy georgii gosha zhora",
		"grigoriy grigory hryhoriy hryhorii grisha",
		"dmitriy dmitry dmitri dmytro dmitro dima dimka",
		"evgeniy yevgeny evgeny yevgeniy yevhen yevgen evgeniya yevgeniya zhenya",
		"ivan vanya vanka",
		"ilya illya ilyusha",
		"konstantin kostya",
		"mikhail mykhailo mikhaylo mykhaylo misha mishka",
		"nikolay nikolai mykola mikola kolya kolyan",
		"pavel pavlo pasha",
		"pyotr petr petro petya",
		"sergey sergei serhiy serhii sergiy seryozha serezha seryoga",
		"stanislav stas",
		"yuriy yuri yury yurii yura yurka",
		"fyodor fedor fedya",
		"anastasiya anastasia nastya",
		"ekaterina yekaterina kateryna katya",
		"elena yelena olena lena",
		"irina iryna ira",
		"mariya maria masha",
		"natalya natalia nataliya natasha",
		"olga olha olya",
		"tatyana tatiana tetiana tetyana tanya",
		"svetlana sveta",
		"yuliya yulia yulya",
		"darya daria dariya dasha",
		"kseniya ksenia ksyusha",
		"lyudmila ludmila lyuda",
		"galina halyna galya",
		"sofiya sofia sofya sonya",
		"elizaveta yelizaveta liza",
	} {
		forms := strings.Fields(g)
		for _, f := range forms {
			m[f] = forms[0]
		}
	}
	return m
}()

// firstNameForms lists each group's forms by its key (firstNameKey).
var firstNameForms = func() map[string][]string {
	m := map[string][]string{}
	for f, k := range firstNameGroups {
		m[k] = append(m[k], f)
	}
	for _, forms := range m {
		slices.Sort(forms) // the variants come in one order on every run
	}
	return m
}()

// firstNameKey is the key of a Russian or Ukrainian first name's group, the name itself
// when it is in none.
func firstNameKey(first string) string {
	if k, ok := firstNameGroups[first]; ok {
		return k
	}
	return first
}
