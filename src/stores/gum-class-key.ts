/** Where the class data of the gum experiment is kept on the teacher's device (version 1). */
export const GUM_CLASS_KEY = 'eck:gum-class:v1';
