"""The program's vocabulary in one Qt-free place: labels of stored values (labels), field names
(fields) and the checks of input with their Swedish wording (checks). All texts are marked for
pyside6-lupdate and translated where they are shown."""
